using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Dicta.Model;

namespace Dicta.Query.Execution;

/// <summary>
/// Turns result values into a program's own types for <see cref="QueryResult.As{T}"/>: a row or group into a record
/// or tuple through its constructor (parameters matched to columns by name, ignoring case, or else by position), and
/// each value into the parameter's type.
/// </summary>
internal static class ResultMapper
{
    /// <summary>The rows (each a value per column) as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> has no constructor that fits the columns, or a value does not convert.</exception>
    public static ImmutableArray<T> Map<T>(ImmutableArray<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        if (columns.Length == 1 && !HasFittingConstructor(typeof(T), columns))
        {
            return [.. rows.Select(row => (T)Convert(row[0], typeof(T), columns[0])!)];
        }

        var (constructor, order) = Constructor(typeof(T), columns);
        var parameters = constructor.GetParameters();
        return
        [
            .. rows.Select(row => (T)constructor.Invoke(
                [.. parameters.Select((p, i) => Convert(row[order[i]], p.ParameterType, columns[order[i]]))])),
        ];
    }

    /// <summary><paramref name="value"/> as <paramref name="type"/>; null stays null (a value type's default).</summary>
    public static object? Convert(object? value, Type type, string column)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        switch (value)
        {
            case null:
                return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
            case var _ when target.IsInstanceOfType(value):
                return value;
            case Speaker or Topic or Article when target == typeof(string):
                return ValueName(value);
            case ImmutableArray<object> many when ElementType(target) is { } element:
                return Sequence(many, target, element, column);
            case decimal number when target.IsPrimitive || target == typeof(decimal):
                return Number(number, target, column);
            default:
                throw new InvalidOperationException($"The column '{column}' holds {value.GetType().Name}, which does not convert to {type.Name}.");
        }
    }

    private static object Number(decimal number, Type target, string column)
    {
        try
        {
            return System.Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is OverflowException or InvalidCastException)
        {
            throw new InvalidOperationException($"The column '{column}' holds {number}, which does not convert to {target.Name}.", e);
        }
    }

    private static string ValueName(object value) => value switch
    {
        Speaker speaker => speaker.Name,
        Topic topic => topic.Slug,
        _ => ((Article)value).Id,
    };

    private static object Sequence(ImmutableArray<object> values, Type target, Type element, string column)
    {
        var array = Array.CreateInstance(element, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            array.SetValue(Convert(values[i], element, column), i);
        }

        if (target.IsArray || target.IsAssignableFrom(array.GetType()))
        {
            return array;
        }

        // ImmutableArray<T>: ImmutableArray.Create<T>(T[]) over the converted elements.
        var create = typeof(ImmutableArray).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
            .MakeGenericMethod(element);
        return create.Invoke(null, [array])!;
    }

    /// <summary>The element type of an array, <see cref="ImmutableArray{T}"/>, or an interface an array implements (<c>IReadOnlyList&lt;T&gt;</c>, …).</summary>
    private static Type? ElementType(Type target)
    {
        if (target.IsArray)
        {
            return target.GetElementType();
        }

        if (target.IsGenericType && (target.GetGenericTypeDefinition() == typeof(ImmutableArray<>) ||
            (target.IsInterface && typeof(IEnumerable).IsAssignableFrom(target))))
        {
            var element = target.GetGenericArguments()[0];
            return target.IsInterface && !target.IsAssignableFrom(element.MakeArrayType()) ? null : element;
        }

        return null;
    }

    private static bool HasFittingConstructor(Type type, ImmutableArray<string> columns) =>
        !type.IsPrimitive && type != typeof(string) && type.GetConstructors().Any(c => c.GetParameters().Length == columns.Length);

    /// <summary>The constructor with one parameter per column, and for each parameter the index of its column.</summary>
    private static (ConstructorInfo Constructor, int[] Order) Constructor(Type type, ImmutableArray<string> columns)
    {
        var candidates = type.GetConstructors().Where(c => c.GetParameters().Length == columns.Length).ToList();
        foreach (var candidate in candidates)
        {
            var order = candidate.GetParameters().Select(p => columns.IndexOf(p.Name ?? "", StringComparer.OrdinalIgnoreCase)).ToArray();
            if (order.All(i => i >= 0))
            {
                return (candidate, order);
            }
        }

        return candidates.Count == 1
            ? (candidates[0], [.. Enumerable.Range(0, columns.Length)])
            : throw new InvalidOperationException(
                $"{type.Name} needs a public constructor with parameters named after the columns ({string.Join(", ", columns)}), or a single one with {columns.Length} parameters.");
    }
}
