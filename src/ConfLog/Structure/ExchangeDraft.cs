using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConfLog.Model;

namespace ConfLog.Structure;

/// <summary>
/// A question and the answers after it, gathered until something else ends them: <c>- Q: why?</c> then
/// <c>- A: because</c>. Reused from exchange to exchange, like <see cref="NoteDraft"/>.
/// </summary>
internal sealed class ExchangeDraft
{
    private readonly List<Answer> _answers = new();

    /// <summary>Gets the question, or null when the exchange opened with an answer.</summary>
    public Question? Question { get; private set; }

    /// <summary>Gets the number of answers so far.</summary>
    public int AnswerCount => _answers.Count;

    /// <summary>Starts an exchange.</summary>
    /// <param name="question">Its question, or null for answers with none before them.</param>
    public void Open(Question? question)
    {
        Question = question;
        _answers.Clear();
    }

    /// <summary>Takes the next answer.</summary>
    /// <param name="answer">The answer.</param>
    public void Add(Answer answer) => _answers.Add(answer);

    /// <summary>Makes the exchange.</summary>
    /// <returns>The exchange, from its question (or first answer) through its last answer.</returns>
    public Exchange Close()
    {
        var first = Question?.Span ?? _answers[0].Span;
        var span = _answers.Count == 0 ? first : first.Through(_answers[_answers.Count - 1].Span);
        // The answers' array, copied once: ToImmutableArray goes through the list's enumerable interface to get there.
        var answers = _answers.Count == 0 ? System.Array.Empty<Answer>() : new Answer[_answers.Count];
        _answers.CopyTo(answers);
        return new Exchange(Question, ImmutableCollectionsMarshal.AsImmutableArray(answers), span);
    }

    /// <summary>Lets go of the session's records.</summary>
    public void Forget()
    {
        Question = null;
        _answers.Clear();
    }
}
