#include "transcriptview.h"
