#ifndef RUNDE_CWIDTH_H
#define RUNDE_CWIDTH_H
/// The number of terminal columns a Unicode scalar takes, from the C library's wcwidth in a
/// UTF-8 locale (the same table ncursesw uses); -1 for non-printing characters.
int runde_wcwidth(unsigned int scalar);
#endif
