namespace CareerBot.Core.Occupations.Matching;

/// <summary>Keeps the best few occupations offered, by score and then SOC code, without sorting them all.</summary>
internal sealed class TopSocs(int capacity, string[] socCodes)
{
    private readonly int[] _socs = new int[capacity];
    private readonly float[] _scores = new float[capacity];
    private int _count;

    public void Offer(int soc, float score)
    {
        var position = _count;
        while (position > 0 && Before(soc, score, _socs[position - 1], _scores[position - 1]))
        {
            position--;
        }

        if (position >= capacity)
        {
            return;
        }

        var last = Math.Min(_count, capacity - 1);
        Array.Copy(_socs, position, _socs, position + 1, last - position);
        Array.Copy(_scores, position, _scores, position + 1, last - position);
        _socs[position] = soc;
        _scores[position] = score;
        _count = Math.Min(_count + 1, capacity);
    }

    public IEnumerable<(int Soc, float Score)> Ranked()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return (_socs[i], _scores[i]);
        }
    }

    private bool Before(int soc, float score, int otherSoc, float otherScore) =>
        score > otherScore || (score == otherScore && string.CompareOrdinal(socCodes[soc], socCodes[otherSoc]) < 0);
}
