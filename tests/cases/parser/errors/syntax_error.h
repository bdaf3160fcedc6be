int ok_function(void);

int broken_function(int x int y);

unknown_type_t broken_variable;
