#include "sub.h"

int main_function(sub_t value);
#define MAIN_CONSTANT 1
