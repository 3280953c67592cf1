#include "lessonreader.h"
