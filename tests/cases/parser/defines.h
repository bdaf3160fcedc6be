#ifdef BARE
int bare_defined(void);
#endif

#if VALUE == 3
int value_is_three(void);
#endif

#ifndef BARE
int bare_missing(void);
#endif
