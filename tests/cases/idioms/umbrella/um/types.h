typedef struct um_ctx um_ctx;
typedef enum um_mode { UM_FAST = 1, UM_SLOW = 2 } um_mode;
typedef struct um_point { int x; int y; } um_point;
