namespace Wirewatch.Cli.Tests.Commands;

/// <summary>train relations refuses wrong usage before it reads or parses anything.</summary>
public sealed class TrainRelationsCommandTests
{
    [Fact]
    public void Cross_validation_needs_two_folds_or_more()
    {
        var (code, _, err) = Cli.Run("train", "relations", "--folds", "1", "--data", "/nonexistent-shared-data");
        Assert.Equal(2, code);
        Assert.Contains("--folds must be 2 or more", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_needs_an_epoch()
    {
        var (code, _, err) = Cli.Run("train", "relations", "--epochs", "0", "--data", "/nonexistent-shared-data");
        Assert.Equal(2, code);
        Assert.Contains("--epochs must be 1 or more", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_data_folder_is_named()
    {
        var (code, _, err) = Cli.Run("train", "relations", "--data", "/nonexistent-shared-data");
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent-shared-data", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_fold_and_the_model_file()
    {
        var (code, output, _) = Cli.Run("train", "relations", "--help");
        Assert.Equal(0, code);
        Assert.Contains("index mod 5 is", output, StringComparison.Ordinal);
        Assert.Contains("relations.wwm", output, StringComparison.Ordinal);
    }
}
