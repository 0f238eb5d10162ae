namespace Wirewatch.Events.Attributes;

/// <summary>How precisely an event date is known.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}
