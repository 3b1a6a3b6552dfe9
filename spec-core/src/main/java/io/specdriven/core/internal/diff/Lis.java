package io.specdriven.core.internal.diff;

import java.util.List;

/** Longest increasing subsequence, in O(n log n): the elements that kept their relative order. */
final class Lis {
    private Lis() {}

    /**
     * Marks the members of one longest strictly increasing subsequence of {@code values}.
     *
     * @param values distinct old positions, in new order
     * @return for each index, whether its value is in the subsequence
     */
    static boolean[] members(List<Integer> values) {
        int n = values.size();
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int v = values.get(i);
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values.get(tailIndex[mid]) < v) lo = mid + 1;
                else hi = mid;
            }
            previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            if (lo == length) length++;
        }
        boolean[] member = new boolean[n];
        for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) member[i] = true;
        return member;
    }
}
