fralpot[ rc[1[[c[[N0achetutor12_GLOBAL__N_120Explanlpot[ rc[1[[c[[N0achetutor12_GLOBAL__N_120ExplanationAba[[[[[zS[[[[[[[[Z[[[[[tionAba[[[ralpot[ rc[1[[c[[N0ach[[zS[[[[[[[[Z[[[[[[[[[Z[[[ationCrange(CCCCCCCC[z[[[[[[CCCCCCCCCrange(CCCCCCCCCCCCCCCx = [i * j for i in r{ange(100) Aba20Explanlpot[ rc[1[[c[[N0achetutor12_GLOBAL__N_120Explanatalpot[ rc[1[[c[[N0achetutor12_GLOBAL__N_120Explanlpot[ rc[1[[c[[N0achetutor12_GLOBAL__N_120ExplanationAba[[[[[zS[[[[[[[[Z[[[[[tionAba[[[ralpot[ rc[1[[c[[N0ach[[zS[[[[[[[[Z[[[[[[[[[Z[[[ationCrange(CCCCCCCC[z[[[[[[CCCCCCCCCrange(CCCCCCCCCCCCCCCx = [i * j for i in r{ange(100) Aba20Explanlpot[ rc[1[[c[[N0achetutor12_GLOBAL__N_120ExplanationAba[[[[[zS[[[[[[[[Z[[[[[tionAba[[[ralpot[ rc[1[[c[[N0ach[[zS[[[[[[[[Z[[[[[[[[[Z[[[ationCrange(CCCCCCCC[z[[[[[[CCCCCCCCCrange(CCCCCCCCCCCCCCCx = [i * j for i in range(100) Aba[[[[[zS[[[[[[[[Z[[[[[tionAba[[[ra1/0
except Zerdef llry:
    1/0
except ZeroDivi1/0
except ZeroDivllry:
    1/0
except ZeroDi
    print(e)
finally:
    pr
raisy1/0
except ZeroDivisior[[[[[zS[[[[[[[[Z[[[[[tionAba[[[ra1/0
except Zerdef llry:
    1/0
except ZeroDivi1/0
except ZeroDivllry:
    1/0
except ZeroDi
    print(e)
finally:
    pr
raisy1/0
except ZeroDivisior(lpot[ rc[1[[c[[N0ach[[zS[[[[[[[[Z[[[[[[[[[Z[[[[]]{:>10}]],]]]]:>10}]elif]]])9000000N_
000000000000True[[[[Z[[[[]]{:>10}]],]]]]:>10}]],]]]]])
9000000N_
0000000ionAba[[[[[zS[[[[[[[[Z[[[[[tionAba[[[ralpot[ rc[1[[c[[N0ach[[zS[[[[[[[[Z[[[[[[[[[Z[[[ationCrange(CCCCCCCC[z[[[[[[CCCCCCCCCrange(CCCCCCCCCCCCCCCx = [i * j for i in range(100) Aba[[[[[zS[[[[[[[[Z[[[[[tionAba[[[ra1/0
except Zerdef llry:
    1/0
except ZeroDivi1/0
except ZeroDivllry:
    1/0
except ZeroDi
    print(e)
finally:
    pr
raisy1/0
except ZeroDivisior[[[[[zS[[[[[[[[Z[[[[[tionAba[[[ra1/0
except Zerdef llry:
    1/0
except ZeroDivi1/0
except ZeroDivllry:
    1/0
except ZeroDi
    print(e)
finally:
    pr
raisy1/0
except ZeroDivisior(lpot[ rc[1[[c[[N0ach[[zS[[[[[[[[Z[[[[[[[[[Z[[[[]]{:>10}]],]]]]:>10}]elif]]])9000000N_
000000000000True[[[[Z[[[[]]{:>10}]],]]]]:>10}]],]]]]])
9000000N_
000000000000True0001