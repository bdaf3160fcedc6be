extern int var_counter;
extern const char *const var_name;
extern const char var_version[];
extern double var_table[4];
static int var_private = 3;
