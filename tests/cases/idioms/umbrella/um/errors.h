const char *um_strerror(int code);
