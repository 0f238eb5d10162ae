namespace Wirewatch.Actors;

/// <summary>A dictionary name found in text: tokens <c>[First, End)</c> and the key's entry in the matcher.</summary>
public readonly record struct ActorMatch(int First, int End, int Key);
