#include "executionsampleview.h"
