#include "timelineslider.h"
