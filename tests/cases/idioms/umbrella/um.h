/* An umbrella header: the API lives in the headers of um/. */
#include "um/types.h"
#include "um/api.h"
#include "um/errors.h"
