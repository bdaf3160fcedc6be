/* torture 246: fn int128 (written by make_headers.py) */
#ifndef TORTURE_246_H
#define TORTURE_246_H
__int128 tfn_12(__int128 v);
#ifdef TORTURE_IMPL
__int128 tfn_12(__int128 v) { return v; }
#endif
#endif
