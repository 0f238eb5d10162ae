namespace Wirewatch.Models.Training;

/// <summary>Receives one line per training step (epoch figures, timings); the CLI prints them to stderr.</summary>
public delegate void TrainingProgress(string message);
