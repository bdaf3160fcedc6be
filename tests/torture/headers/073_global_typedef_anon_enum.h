/* torture 073: global typedef anon enum (written by make_headers.py) */
#ifndef TORTURE_073_H
#define TORTURE_073_H
typedef enum { TGA_X = 1, TGA_Y } tga_e;
extern tga_e tg_anon_enum;
#ifdef TORTURE_IMPL
tga_e tg_anon_enum = TGA_Y;
#endif
#endif
