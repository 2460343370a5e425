#define _XOPEN_SOURCE 700
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <string.h>
#include <wchar.h>
#include "cwidth.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;

// wcwidth answers -1 for all non-ASCII text until LC_CTYPE is a UTF-8 locale.
static void ensure_utf8_ctype(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || strcmp(codeset, "UTF-8") != 0) {
        if (setlocale(LC_CTYPE, "") == NULL || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
            setlocale(LC_CTYPE, "C.UTF-8");
        }
    }
}

int runde_wcwidth(unsigned int scalar) {
    pthread_once(&once, ensure_utf8_ctype);
    return wcwidth((wchar_t)scalar);
}
