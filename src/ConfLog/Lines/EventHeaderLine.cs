using System;

namespace ConfLog.Lines;

/// <summary>The dated bullet that says when and where the event is: <c>- 2012-12-04 筑波大学(茗荷谷) 10:10〜17:50</c>.</summary>
/// <param name="Marker">The bullet marker.</param>
/// <param name="Date">The day of the event.</param>
/// <param name="Venue">The venue, without the detail in parentheses.</param>
/// <param name="VenueDetail">The text in parentheses after the venue (a campus, a room), if any.</param>
/// <param name="Hours">The opening hours, if written.</param>
public sealed record EventHeaderLine(LinePart Marker, DateTime Date, LinePart Venue, LinePart? VenueDetail, TimeRange? Hours) : LineSyntax;
