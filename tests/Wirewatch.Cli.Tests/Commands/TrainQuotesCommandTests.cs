namespace Wirewatch.Cli.Tests.Commands;

/// <summary>train quotes refuses wrong usage before it reads or parses anything.</summary>
public sealed class TrainQuotesCommandTests
{
    [Fact]
    public void Cross_validation_needs_two_folds_or_more()
    {
        var (code, _, err) = Cli.Run("train", "quotes", "--folds", "1", "--data", "/nonexistent-shared-data");
        Assert.Equal(2, code);
        Assert.Contains("--folds must be 2 or more", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_data_folder_is_named()
    {
        var (code, _, err) = Cli.Run("train", "quotes", "--folds", "5", "--data", "/nonexistent-shared-data");
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent-shared-data", err, StringComparison.Ordinal);
    }
}
