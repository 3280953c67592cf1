#pragma once

// Toolbar icons drawn in code in the palette's own ink, so the playback
// buttons stay crisp at any zoom and visible in light, dark and
// high-contrast palettes (the style's stock media icons are drawn for light
// backgrounds only). Disabled buttons get the palette's disabled ink.

#include <QIcon>

namespace cachetutor {

enum class Glyph { First, Back, Play, Pause, Forward, Last, Run, Stop };

QIcon glyphIcon(Glyph glyph);

} // namespace cachetutor
