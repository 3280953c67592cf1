#include "conceptflow.h"
