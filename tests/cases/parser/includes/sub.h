typedef int sub_t;
int sub_function(void);
int sub_other(void);
#define SUB_CONSTANT 2
struct sub_record { int x; };
