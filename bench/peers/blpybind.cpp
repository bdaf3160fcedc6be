// pybind11 peer: the bench library bound by hand with pybind11 (Debian's 2.10), the idiomatic way.
#include <pybind11/pybind11.h>

#include <memory>

extern "C" {
#include "benchlib.h"
}

namespace py = pybind11;

namespace {
struct Counter {
    explicit Counter(int start) : ptr(bl_counter_new(start)) { if (!ptr) throw std::bad_alloc(); }
    ~Counter() { bl_counter_free(ptr); }
    Counter(const Counter &) = delete;
    Counter &operator=(const Counter &) = delete;
    int get() const { return bl_counter_get(ptr); }
    bl_counter *ptr;
};

py::buffer_info read_view(const py::buffer &b) { return b.request(); }
}  // namespace

PYBIND11_MODULE(blpybind, m) {
    m.def("noargs", &bl_noargs);
    m.def("add", &bl_add);
    m.def("checksum", [](const py::buffer &b) {
        auto info = read_view(b);
        return bl_checksum(static_cast<const uint8_t *>(info.ptr), static_cast<size_t>(info.size * info.itemsize));
    });
    m.def("copy_out", []() {
        py::bytes out(nullptr, BL_BLOCK);
        bl_copy_out(reinterpret_cast<uint8_t *>(PyBytes_AS_STRING(out.ptr())), BL_BLOCK);
        return out;
    });
    m.def("crc32", [](uint32_t crc, const py::buffer &b) {
        auto info = read_view(b);
        return bl_crc32(crc, static_cast<const uint8_t *>(info.ptr), static_cast<size_t>(info.size * info.itemsize));
    });
    py::class_<Counter>(m, "Counter").def(py::init<int>()).def("get", &Counter::get);
}
