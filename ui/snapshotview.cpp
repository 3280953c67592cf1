#include "snapshotview.h"
