#include "keymomentsview.h"
