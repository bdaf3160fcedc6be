/* The baseline: benchlib bound by hand the way a careful human writes it (METH_FASTCALL, METH_NOARGS
 * for the method without arguments, which CPython 3.11 specializes best, Py_buffer without copies, a
 * static handle type). bench/run.sh builds it
 * with setuptools exactly like the generated classic module. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include "benchlib.h"

static int
as_int(PyObject *o, int *out)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) return -1;
    if (v < INT_MIN || v > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "value out of range for C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static PyObject *
noargs(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    (void)args;
    if (nargs != 0) {
        PyErr_Format(PyExc_TypeError, "noargs() takes no arguments (%zd given)", nargs);
        return NULL;
    }
    return PyLong_FromLong(bl_noargs());
}

static PyObject *
add(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    int a, b;
    (void)self;
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "add() takes exactly 2 arguments (%zd given)", nargs);
        return NULL;
    }
    if (as_int(args[0], &a) < 0 || as_int(args[1], &b) < 0) return NULL;
    return PyLong_FromLong(bl_add(a, b));
}

static PyObject *
checksum(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_buffer view;
    int r;
    (void)self;
    if (nargs != 1) {
        PyErr_Format(PyExc_TypeError, "checksum() takes exactly 1 argument (%zd given)", nargs);
        return NULL;
    }
    if (PyObject_GetBuffer(args[0], &view, PyBUF_SIMPLE) < 0) return NULL;
    r = bl_checksum((const uint8_t *)view.buf, (size_t)view.len);
    PyBuffer_Release(&view);
    return PyLong_FromLong(r);
}

static PyObject *
copy_out(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *b;
    (void)self;
    (void)args;
    if (nargs != 0) {
        PyErr_Format(PyExc_TypeError, "copy_out() takes no arguments (%zd given)", nargs);
        return NULL;
    }
    b = PyBytes_FromStringAndSize(NULL, BL_BLOCK);
    if (b == NULL) return NULL;
    bl_copy_out((uint8_t *)PyBytes_AS_STRING(b), BL_BLOCK);
    return b;
}

static PyObject *
crc32(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_buffer view;
    unsigned long crc;
    uint32_t r;
    (void)self;
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "crc32() takes exactly 2 arguments (%zd given)", nargs);
        return NULL;
    }
    crc = PyLong_AsUnsignedLong(args[0]);
    if (crc == (unsigned long)-1 && PyErr_Occurred()) return NULL;
    if (crc > UINT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "crc out of range for uint32_t");
        return NULL;
    }
    if (PyObject_GetBuffer(args[1], &view, PyBUF_SIMPLE) < 0) return NULL;
    r = bl_crc32((uint32_t)crc, (const uint8_t *)view.buf, (size_t)view.len);
    PyBuffer_Release(&view);
    return PyLong_FromUnsignedLong(r);
}

typedef struct {
    PyObject_HEAD
    bl_counter *ptr;
} CounterObject;

static PyObject *
counter_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    int start;
    CounterObject *self;
    if (!PyArg_ParseTuple(args, "i:Counter", &start)) return NULL;
    (void)kwargs;
    self = (CounterObject *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    self->ptr = bl_counter_new(start);
    if (self->ptr == NULL) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    return (PyObject *)self;
}

static void
counter_dealloc(CounterObject *self)
{
    if (self->ptr != NULL) bl_counter_free(self->ptr);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
counter_get(CounterObject *self, PyObject *unused)
{
    (void)unused;
    if (self->ptr == NULL) {
        PyErr_SetString(PyExc_ValueError, "closed Counter");
        return NULL;
    }
    return PyLong_FromLong(bl_counter_get(self->ptr));
}

static PyMethodDef counter_methods[] = {
    {"get", (PyCFunction)counter_get, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyTypeObject CounterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "blbase.Counter",
    .tp_basicsize = sizeof(CounterObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = counter_new,
    .tp_dealloc = (destructor)counter_dealloc,
    .tp_methods = counter_methods,
};

static PyMethodDef methods[] = {
    {"noargs", (PyCFunction)(void (*)(void))noargs, METH_FASTCALL, NULL},
    {"add", (PyCFunction)(void (*)(void))add, METH_FASTCALL, NULL},
    {"checksum", (PyCFunction)(void (*)(void))checksum, METH_FASTCALL, NULL},
    {"copy_out", (PyCFunction)(void (*)(void))copy_out, METH_FASTCALL, NULL},
    {"crc32", (PyCFunction)(void (*)(void))crc32, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef moduledef = {PyModuleDef_HEAD_INIT, "blbase", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC
PyInit_blbase(void)
{
    PyObject *m;
    if (PyType_Ready(&CounterType) < 0) return NULL;
    m = PyModule_Create(&moduledef);
    if (m == NULL) return NULL;
    Py_INCREF(&CounterType);
    if (PyModule_AddObject(m, "Counter", (PyObject *)&CounterType) < 0) {
        Py_DECREF(&CounterType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
