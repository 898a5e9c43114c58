<!DOCTYPE html>
<html>
<body>
<?php
namespace App\Http;

use App\Models\{Page, Post};

/** A controller */
final class PageController extends Controller implements HasPages
{
    public const MAX_PAGES = 10;
    private static ?string $cache = null;

    public function show(int $id, string ...$tags): ?Page
    {
        $page = Page::find($id) ?? new Page();
        $title = strtoupper($page->title) . ' - ' . count($tags);
        echo "Showing {$page->title} with $id\n";
        return array_map(fn($t) => trim($t), $tags) ? $page : null; // done
    }
}
?>
<p><?= htmlspecialchars($title) ?></p>
</body>
</html>
