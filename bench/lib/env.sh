# Sourced by bench/run.sh and bench/cg.sh: builds the bench library, the callgrind meter and the C crc32 loop
# into $lib (gcc -O2, like the demo library) and exports what build-variants.sh and bench_calls.py read.
cflags=(-std=c11 -O2 -Wall -Wextra -Werror)
gcc -shared -fPIC "${cflags[@]}" -Wl,-soname,libbench.so -o "$lib/libbench.so" bench/lib/benchlib.c
gcc -shared -fPIC "${cflags[@]}" -o "$lib/libblmeter.so" bench/lib/meter.c
gcc -shared -fPIC "${cflags[@]}" -Ibench/lib -o "$lib/libblcrcloop.so" bench/lib/crcloop.c -L"$lib" -lbench -Wl,-rpath,"$lib"
export LD_LIBRARY_PATH="$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$lib${LIBRARY_PATH:+:$LIBRARY_PATH}"
export BENCHLIB_DIR="$root/bench/lib" BENCHLIB_BUILD="$lib" BENCHLIB_SO="$lib/libbench.so"
export BENCH_METER_SO="$lib/libblmeter.so" BENCH_CRCLOOP_SO="$lib/libblcrcloop.so" BINDGEN_WERROR=1
