#include "backendoptionsdialog.h"
