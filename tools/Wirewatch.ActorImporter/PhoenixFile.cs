namespace Wirewatch.ActorImporter;

/// <summary>Which Phoenix dictionary a file is; decides how kinds (person, organisation, country) are guessed.</summary>
internal enum PhoenixFile
{
    Countries,
    International,
    NonState,
}
