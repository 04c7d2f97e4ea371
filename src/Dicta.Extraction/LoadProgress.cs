namespace Dicta.Extraction;

/// <summary>How far a load has come, for progress bars.</summary>
/// <param name="ArticlesDone">Inputs extracted so far.</param>
/// <param name="CharactersDone">Characters of article text extracted so far.</param>
public readonly record struct LoadProgress(int ArticlesDone, long CharactersDone);
