namespace Wirewatch.Events.Templates;

/// <summary>How gold mention strings are placed on tokens for training.</summary>
public enum RoleAlignment
{
    /// <summary>Only the first place in the text where the mention matches whole tokens.</summary>
    First,

    /// <summary>Every place where it matches whole tokens.</summary>
    All,
}
