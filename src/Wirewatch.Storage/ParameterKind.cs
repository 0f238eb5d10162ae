namespace Wirewatch.Storage;

/// <summary>What a statement parameter holds, so that each database can type it.</summary>
public enum ParameterKind
{
    Text,
    Integer,
    Date,
    Time,
    Json,
}
