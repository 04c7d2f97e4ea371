using System.Globalization;
using System.Text;
using Dicta.Model.Text;

namespace Dicta.Cli.Repl;

/// <summary>
/// The REPL's line editor in a terminal: the line is redrawn on every key with the query's syntax highlighting;
/// ← → Home End (Ctrl+A, Ctrl+E) move, Backspace Delete Ctrl+U Ctrl+K Ctrl+W Esc delete, ↑ ↓ walk the history, Tab
/// completes (the common part of several candidates, or lists them), Enter submits, Ctrl+C drops the query typed so
/// far, Ctrl+D on an empty line ends the session. It reads keys from <see cref="Console"/> and assumes a terminal that
/// understands ANSI sequences; the REPL uses it only when both standard input and output are terminals.
/// </summary>
internal sealed class ConsoleLineEditor(TextWriter output, LineHistory history) : ILineReader
{
    /// <inheritdoc/>
    public string? ReadLine(LineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = new EditState(request, history.Lines.Count);
        var controlCWasInput = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            Render(state);
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                switch (Handle(state, key))
                {
                    case KeyOutcome.Submit:
                        state.Caret = state.Buffer.Length;
                        Render(state);
                        output.Write("\r\n");
                        output.Flush();
                        var line = state.Buffer.ToString();
                        history.Add(line);
                        return line;
                    case KeyOutcome.EndOfInput:
                        output.Write("\r\n");
                        output.Flush();
                        return null;
                    case KeyOutcome.Interrupt:
                        output.Write("^C\r\n");
                        output.Flush();
                        throw new OperationCanceledException("The line was interrupted with Ctrl+C.");
                    default:
                        Render(state);
                        break;
                }
            }
        }
        finally
        {
            Console.TreatControlCAsInput = controlCWasInput;
        }
    }

    private KeyOutcome Handle(EditState state, ConsoleKeyInfo key)
    {
        var control = (key.Modifiers & ConsoleModifiers.Control) != 0;
        var buffer = state.Buffer;
        switch (key.Key)
        {
            case ConsoleKey.Enter:
                return KeyOutcome.Submit;
            case ConsoleKey.C when control:
                return KeyOutcome.Interrupt;
            case ConsoleKey.D when control:
                if (buffer.Length == 0)
                {
                    return KeyOutcome.EndOfInput;
                }

                Delete(state, state.Caret, 1);
                break;
            case ConsoleKey.LeftArrow or ConsoleKey.B when control == (key.Key == ConsoleKey.B):
                state.Caret = Math.Max(0, state.Caret - 1);
                break;
            case ConsoleKey.RightArrow or ConsoleKey.F when control == (key.Key == ConsoleKey.F):
                state.Caret = Math.Min(buffer.Length, state.Caret + 1);
                break;
            case ConsoleKey.Home or ConsoleKey.A when control == (key.Key == ConsoleKey.A):
                state.Caret = 0;
                break;
            case ConsoleKey.End or ConsoleKey.E when control == (key.Key == ConsoleKey.E):
                state.Caret = buffer.Length;
                break;
            case ConsoleKey.Backspace:
                Delete(state, state.Caret - 1, 1);
                break;
            case ConsoleKey.Delete:
                Delete(state, state.Caret, 1);
                break;
            case ConsoleKey.U when control:
                Delete(state, 0, state.Caret);
                break;
            case ConsoleKey.K when control:
                Delete(state, state.Caret, buffer.Length - state.Caret);
                break;
            case ConsoleKey.W when control:
                var start = state.Caret;
                while (start > 0 && buffer[start - 1] == ' ')
                {
                    start--;
                }

                while (start > 0 && buffer[start - 1] != ' ')
                {
                    start--;
                }

                Delete(state, start, state.Caret - start);
                break;
            case ConsoleKey.Escape:
                Delete(state, 0, buffer.Length);
                break;
            case ConsoleKey.UpArrow or ConsoleKey.P when control == (key.Key == ConsoleKey.P):
                Recall(state, -1);
                break;
            case ConsoleKey.DownArrow or ConsoleKey.N when control == (key.Key == ConsoleKey.N):
                Recall(state, +1);
                break;
            case ConsoleKey.Tab:
                Complete(state);
                break;
            default:
                if (key.KeyChar >= ' ' && !control)
                {
                    buffer.Insert(state.Caret, key.KeyChar);
                    state.Caret++;
                }

                break;
        }

        return KeyOutcome.Edit;
    }

    private static void Delete(EditState state, int start, int length)
    {
        start = Math.Max(0, start);
        length = Math.Min(length, state.Buffer.Length - start);
        if (length <= 0)
        {
            return;
        }

        state.Buffer.Remove(start, length);
        if (state.Caret > start)
        {
            state.Caret = Math.Max(start, state.Caret - length);
        }
    }

    private void Recall(EditState state, int step)
    {
        var index = state.HistoryIndex + step;
        if (index < 0 || index > history.Lines.Count)
        {
            return;
        }

        if (state.HistoryIndex == history.Lines.Count)
        {
            state.Draft = state.Buffer.ToString();
        }

        state.HistoryIndex = index;
        state.Buffer.Clear().Append(index == history.Lines.Count ? state.Draft : history.Lines[index]);
        state.Caret = state.Buffer.Length;
    }

    private void Complete(EditState state)
    {
        var preceding = state.Request.Preceding;
        var text = preceding + state.Buffer;
        var result = state.Request.Completion.Complete(text, preceding.Length + state.Caret);
        var start = result.Start - preceding.Length;
        if (result.Candidates.IsEmpty || start < 0)
        {
            return;
        }

        var typed = state.Buffer.ToString(start, result.Length);
        string replacement;
        if (result.Candidates.Length == 1)
        {
            var atEnd = state.Caret == state.Buffer.Length;
            var quote = start > 0 && state.Buffer[start - 1] is '\'' or '"' ? state.Buffer[start - 1].ToString() : null;
            replacement = result.Candidates[0] + (atEnd ? quote ?? " " : string.Empty);
        }
        else
        {
            replacement = result.CommonPrefix();
            if (replacement.Length <= typed.Length)
            {
                ListCandidates(state, result);
                return;
            }
        }

        state.Buffer.Remove(start, result.Length).Insert(start, replacement);
        state.Caret = start + replacement.Length;
    }

    private void ListCandidates(EditState state, CompletionResult result)
    {
        state.Caret = state.Buffer.Length;
        Render(state);
        var width = Math.Max(20, Console.WindowWidth);
        var column = result.Candidates.Max(c => c.Length) + 2;
        var perLine = Math.Max(1, width / column);
        var text = new StringBuilder("\r\n");
        for (var i = 0; i < result.Candidates.Length; i++)
        {
            text.Append(result.Candidates[i].PadRight(column));
            if ((i + 1) % perLine == 0 || i == result.Candidates.Length - 1)
            {
                text.Append("\r\n");
            }
        }

        output.Write(text.ToString());
        state.CaretRow = 0;
    }

    /// <summary>Redraws the prompt and the line from the prompt's first row, then puts the cursor at the caret.</summary>
    private void Render(EditState state)
    {
        var width = Math.Max(20, Console.WindowWidth);
        var prompt = state.Request.Prompt;
        var line = state.Buffer.ToString();
        var text = new StringBuilder();
        if (state.CaretRow > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{state.CaretRow}A");
        }

        text.Append("\r\u001b[J").Append(HighlightPalette.Prompt).Append(prompt).Append(HighlightPalette.Reset);
        var preceding = state.Request.Preceding;
        var position = 0;
        foreach (var span in QueryHighlighter.ClassifyWindow(preceding + line, new TextSpan(preceding.Length, line.Length)))
        {
            text.Append(line, position, span.Span.Start - position);
            text.Append(HighlightPalette.Start(span.Class)).Append(line, span.Span.Start, span.Span.Length).Append(HighlightPalette.Reset);
            position = span.Span.End;
        }

        text.Append(line, position, line.Length - position);
        var total = prompt.Length + line.Length;
        if (total > 0 && total % width == 0)
        {
            // Terminals defer the wrap at the last column; force it so that the cursor's row is known.
            text.Append(" \r");
        }

        var endRow = total / width;
        var caretOffset = prompt.Length + state.Caret;
        var caretRow = caretOffset / width;
        if (endRow > caretRow)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{endRow - caretRow}A");
        }

        text.Append('\r');
        if (caretOffset % width > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{caretOffset % width}C");
        }

        state.CaretRow = caretRow;
        output.Write(text.ToString());
        output.Flush();
    }

    private enum KeyOutcome
    {
        Edit,
        Submit,
        EndOfInput,
        Interrupt,
    }

    /// <summary>The line being edited.</summary>
    private sealed class EditState(LineRequest request, int historyIndex)
    {
        public LineRequest Request { get; } = request;

        public StringBuilder Buffer { get; } = new();

        public int Caret { get; set; }

        public int HistoryIndex { get; set; } = historyIndex;

        public string Draft { get; set; } = string.Empty;

        public int CaretRow { get; set; }
    }
}
