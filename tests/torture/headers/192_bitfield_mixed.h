/* torture 192: bitfield mixed (written by make_headers.py) */
#ifndef TORTURE_192_H
#define TORTURE_192_H
#include <stdint.h>
struct tb_6 { uint8_t kind; uint16_t a : 7; uint16_t b : 9; uint32_t tail; };
#endif
