namespace CareerBot.Core.Messaging.Delivery;

/// <summary>
/// A counting gate for sends in flight that lets a turn's first reply in before the rest: under a backlog a person who
/// just wrote sees the bot answer before others get their second and third messages. First come, first served within each class.
/// </summary>
internal sealed class SendGate(int capacity)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<TaskCompletionSource> _first = new();
    private readonly LinkedList<TaskCompletionSource> _rest = new();
    private int _free = capacity;

    public async Task WaitAsync(bool first, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        LinkedListNode<TaskCompletionSource> node;
        lock (_gate)
        {
            if (_free > 0 && (first || _first.Count == 0))
            {
                _free--;
                return;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            node = (first ? _first : _rest).AddLast(waiter);
        }

        using (cancellationToken.Register(() => Cancel(node)))
        {
            await waiter.Task;
        }
    }

    public void Release()
    {
        TaskCompletionSource? next;
        lock (_gate)
        {
            var queue = _first.Count > 0 ? _first : _rest;
            if (queue.First is not { } node)
            {
                _free++;
                return;
            }

            queue.RemoveFirst();
            next = node.Value;
        }

        next.TrySetResult(); // the slot passes straight to the next waiter
    }

    private void Cancel(LinkedListNode<TaskCompletionSource> node)
    {
        lock (_gate)
        {
            if (node.List is null)
            {
                return; // already given the slot: the caller releases it
            }

            node.List.Remove(node);
        }

        node.Value.TrySetCanceled();
    }
}
