/* torture 072: global enum (written by make_headers.py) */
#ifndef TORTURE_072_H
#define TORTURE_072_H
enum tg_colour { TG_RED, TG_BLUE };
extern enum tg_colour tg_enum;
#ifdef TORTURE_IMPL
enum tg_colour tg_enum = TG_BLUE;
#endif
#endif
