using Dicta.Model.Diagnostics;

namespace Dicta.Model;

/// <summary>
/// Visits a corpus depth first: articles, then each article's blocks, sentences, statements and diagnostics.
/// Override the <c>Visit…</c> methods of the nodes of interest; call the base method to go on into children.
/// </summary>
public abstract class CorpusWalker
{
    /// <summary>Visits every article, then the corpus-level diagnostics.</summary>
    public virtual void VisitCorpus(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        foreach (var article in corpus.Articles)
        {
            VisitArticle(article);
        }

        foreach (var diagnostic in corpus.CorpusDiagnostics)
        {
            VisitDiagnostic(null, diagnostic);
        }
    }

    /// <summary>Visits the article's blocks, sentences, statements and diagnostics, in that order.</summary>
    public virtual void VisitArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var block in article.Blocks)
        {
            VisitBlock(article, block);
        }

        foreach (var sentence in article.Sentences)
        {
            VisitSentence(article, sentence);
        }

        foreach (var statement in article.Statements)
        {
            VisitStatement(statement);
        }

        foreach (var diagnostic in article.Diagnostics)
        {
            VisitDiagnostic(article, diagnostic);
        }
    }

    /// <summary>Visits one block of <paramref name="article"/>.</summary>
    public virtual void VisitBlock(Article article, Block block)
    {
    }

    /// <summary>Visits one sentence of <paramref name="article"/>.</summary>
    public virtual void VisitSentence(Article article, Sentence sentence)
    {
    }

    /// <summary>Visits one statement; its article is <see cref="Statement.Article"/>.</summary>
    public virtual void VisitStatement(Statement statement)
    {
    }

    /// <summary>Visits one diagnostic; <paramref name="article"/> is null for the corpus's own.</summary>
    public virtual void VisitDiagnostic(Article? article, Diagnostic diagnostic)
    {
    }
}
