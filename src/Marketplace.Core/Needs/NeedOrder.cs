namespace Marketplace.Core.Needs;

public enum NeedOrder
{
    /// <summary>Most recently reported first (the default without a location).</summary>
    Newest,
    Oldest,
    /// <summary>Most urgent first; newest first within the same urgency.</summary>
    MostUrgent,
    /// <summary>Earliest due date first; needs without a due date last.</summary>
    DueSoonest,
    /// <summary>Nearest to the filter's location first (the default with one).</summary>
    Nearest,
}
