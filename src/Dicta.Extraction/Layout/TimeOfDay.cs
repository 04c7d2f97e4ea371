namespace Dicta.Extraction.Layout;

/// <summary>A time of day as written, before it is checked and joined to a date.</summary>
/// <param name="Hour">0–23 (larger values are rejected when the date is made).</param>
/// <param name="Minute">The minute.</param>
/// <param name="Second">The second, 0 when not written.</param>
/// <param name="Ticks">The fraction of the second, in 100 ns ticks.</param>
/// <param name="OffsetMinutes">The zone's offset from UTC in minutes; 0 when no zone was written.</param>
/// <param name="ZoneKnown">False when a zone abbreviation was written that the grammar does not know.</param>
internal readonly record struct TimeOfDay(int Hour, int Minute, int Second, int Ticks, int OffsetMinutes, bool ZoneKnown);
