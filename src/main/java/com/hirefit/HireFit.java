package com.hirefit;

public class HireFit {
    public static void main(String[] args) {
        System.out.println("hirefit");
    }
}
