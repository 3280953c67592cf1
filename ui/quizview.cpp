#include "quizview.h"
