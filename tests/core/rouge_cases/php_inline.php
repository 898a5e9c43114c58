$items = ['a' => 1, 'b' => 2.5, 'c' => 0x1F];
foreach ($items as $key => $value) {
    printf("%s=%d\n", $key, $value);
}
if (defined('E_ALL') && E_USER_ERROR) { throw new \RuntimeException(__FILE__); }
