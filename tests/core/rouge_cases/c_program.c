#include <stdio.h>
#include "site.h" /* local */
#define MAX 10

#if 0
dead code
#endif

static int count = 0x1F;

int main(int argc, char **argv) {
    size_t n = sizeof(argv) / 2;
    char c = '\n';
    for (int i = 0; i < MAX; i++) {
        printf("%d items\n", i);
    }
    switch (n) {
    case 1: break;
    default:
        goto done;
    }
done:
    return argc > 1 ? 0 : 1.5e3;
}
