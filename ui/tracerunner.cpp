#include "tracerunner.h"
