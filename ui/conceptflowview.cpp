#include "conceptflowview.h"
